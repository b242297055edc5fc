import { describe, expect, it } from "vitest";
import { matchClaimants } from "@/lib/suggestions/match-claimants.ts";

const claimants = [
  { id: 1, name: "Antony Blinken", title: "US Secretary of State" },
  { id: 2, name: "İlham Əliyev", title: "President of Azerbaijan" },
  { id: 3, name: "Joe Biden", title: "US President" },
  { id: 4, name: "Hunter Biden", title: null },
  { id: 5, name: "Nikol Pashinyan", title: "Prime Minister of Armenia" },
  { id: 6, name: "Anna Pashinyan", title: "Member of parliament" },
];

describe("matching suggestions to claimants", () => {
  it("matches the full name case- and accent-insensitively", () => {
    expect(matchClaimants([{ speaker: "ANTONY BLINKEN", speakerTitle: null }, { speaker: "Ilham Aliyev", speakerTitle: null }], claimants)).toEqual([
      { claimantId: 1 },
      { newClaimant: { name: "Ilham Aliyev", title: null } },
    ]);
    expect(matchClaimants([{ speaker: "Ilham Əliyev", speakerTitle: null }], claimants)).toEqual([{ claimantId: 2 }]);
    expect(matchClaimants([{ speaker: "ilham əliyev", speakerTitle: null }], claimants)).toEqual([{ claimantId: 2 }]);
  });

  it("matches a last name when only one claimant carries it", () => {
    expect(matchClaimants([{ speaker: "Blinken", speakerTitle: null }], claimants)).toEqual([{ claimantId: 1 }]);
    expect(matchClaimants([{ speaker: "A. Blinken", speakerTitle: null }], claimants)).toEqual([{ claimantId: 1 }]);
  });

  it("uses the title to choose between claimants sharing a last name", () => {
    expect(matchClaimants([{ speaker: "Pashinyan", speakerTitle: "prime minister of armenia" }], claimants)).toEqual([{ claimantId: 5 }]);
    expect(matchClaimants([{ speaker: "Biden", speakerTitle: null }], claimants)).toEqual([{ newClaimant: { name: "Biden", title: null } }]);
  });

  it("does not match a different first name with the same last name", () => {
    expect(matchClaimants([{ speaker: "Jill Biden", speakerTitle: "First Lady" }], claimants)).toEqual([
      { newClaimant: { name: "Jill Biden", title: "First Lady" } },
    ]);
  });

  it("matches a claimant's aliases as its name, case- and accent-insensitively (“Turkish FM Cavusoglu”)", () => {
    const withAliases = [
      ...claimants,
      { id: 7, name: "Mevlut Cavusoglu", title: "Foreign Minister of Turkey", aliases: ["Mevlüt Çavuşoğlu", "Turkish FM Cavusoglu"] },
      { id: 8, name: "Government of Armenia", title: null, aliases: ["Armenia"] },
    ];
    expect(matchClaimants([{ speaker: "Turkish FM Cavusoglu", speakerTitle: null }], claimants)).toEqual([
      { newClaimant: { name: "Turkish FM Cavusoglu", title: null } },
    ]);
    expect(
      matchClaimants(
        [
          { speaker: "Turkish FM Cavusoglu", speakerTitle: null },
          { speaker: "TURKISH FM ÇAVUŞOĞLU", speakerTitle: null },
          { speaker: "mevlüt çavuşoğlu", speakerTitle: null },
          { speaker: "Çavuşoğlu", speakerTitle: null },
          { speaker: "Armenia", speakerTitle: null },
        ],
        withAliases,
      ),
    ).toEqual([{ claimantId: 7 }, { claimantId: 7 }, { claimantId: 7 }, { claimantId: 7 }, { claimantId: 8 }]);
  });

  it("prefers a claimant's own name to another claimant's alias", () => {
    const both = [
      { id: 1, name: "Hunter Biden", title: null, aliases: ["Joe Biden"] },
      { id: 2, name: "Joe Biden", title: "US President" },
    ];
    expect(matchClaimants([{ speaker: "Joe Biden", speakerTitle: null }], both)).toEqual([{ claimantId: 2 }]);
  });

  it("gives null for a suggestion without a speaker", () => {
    expect(matchClaimants([{ speaker: null, speakerTitle: null }], claimants)).toEqual([null]);
  });
});

describe("matching a speaker whose title was split from the name (issue 17)", () => {
  const cavusoglus = [
    { id: 7, name: "Mevlüt Çavuşoğlu", title: "Foreign Minister of Turkey", aliases: ["Turkish FM Cavusoglu"] },
    { id: 9, name: "Ayşe Çavuşoğlu", title: "Mayor of Ankara" },
  ];

  it("matches the alias written as title and name (“Turkish FM Cavusoglu”)", () => {
    expect(matchClaimants([{ speaker: "Cavusoglu", speakerTitle: "Turkish Foreign Minister" }], cavusoglus)).toEqual([{ claimantId: 7 }]);
  });

  it("breaks a tie of last names by the same title, in any order and however the country is written", () => {
    const withoutAlias = cavusoglus.map(({ id, name, title }) => ({ id, name, title }));
    expect(matchClaimants([{ speaker: "Cavusoglu", speakerTitle: "Turkish Foreign Minister" }], withoutAlias)).toEqual([{ claimantId: 7 }]);
    expect(matchClaimants([{ speaker: "Cavusoglu", speakerTitle: "Turkish FM" }], withoutAlias)).toEqual([{ claimantId: 7 }]);
  });

  it("does not take a different title for the same one", () => {
    const withoutAlias = cavusoglus.map(({ id, name, title }) => ({ id, name, title }));
    expect(matchClaimants([{ speaker: "Cavusoglu", speakerTitle: "Turkish Interior Minister" }], withoutAlias)).toEqual([
      { newClaimant: { name: "Cavusoglu", title: "Turkish Interior Minister" } },
    ]);
  });
});
