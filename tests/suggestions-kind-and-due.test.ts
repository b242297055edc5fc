import { describe, expect, it } from "vitest";
import { suggestClaims } from "@/lib/suggestions/index.ts";
import { findDueDate, guessClaimKind } from "@/lib/suggestions/kind-and-due.ts";

const published = new Date("2024-06-10T00:00:00Z");

describe("claim kind", () => {
  it.each([
    ["We will continue to look for ways to bring the leaders together", "quote", "PROMISE"],
    ["we're committed to doing everything we can", "quote", "PROMISE"],
    ["the US is strongly committed to supporting a peace treaty", "reported", "PROMISE"],
    ["his government will cut the deficit", "reported", "PROMISE"],
    ["the talks will resume in June", "quote", "PREDICTION"],
    ["I hope that there is an agreement within sight", "quote", "PREDICTION"],
    ["inflation is likely to fall", "reported", "PREDICTION"],
    ["The two sides have discussed some very tough issues", "quote", "ASSERTION"],
  ] as const)("%s → %s", (statement, kind, expected) => {
    expect(guessClaimKind(statement, kind)).toBe(expected);
  });
});

describe("claim kind: the speaker's own country or government", () => {
  it.each([
    ["Spain will build three new reservoirs", "Agriculture Minister", "PROMISE"],
    ["Spain will build three new reservoirs", "Spanish Agriculture Minister", "PROMISE"],
    ["The government will cut fuel duty", "Finance Minister", "PROMISE"],
    ["The United States will send more aid", "US Secretary of State", "PROMISE"],
    ["Spain will build three new reservoirs", "US Secretary of State", "PREDICTION"],
    ["Spain will build three new reservoirs", "chief economist", "PREDICTION"],
    ["Spain will build three new reservoirs", null, "PREDICTION"],
    ["Inflation will fall", "Finance Minister", "PREDICTION"],
    ["Britain will cut tariffs on steel", "British Trade Secretary", "PROMISE"],
    ["The UK will cut tariffs on steel", "British Trade Secretary", "PROMISE"],
    ["The U.K. will cut tariffs on steel", "Britain's trade secretary", "PROMISE"],
    ["The United Kingdom will cut tariffs on steel", "UK Business Secretary", "PROMISE"],
    ["The U.S. will cut tariffs on steel", "US Secretary of State", "PROMISE"],
    ["America will cut tariffs on steel", "U.S. Secretary of State", "PROMISE"],
    ["The German government will cut tariffs on steel", "German Economy Minister", "PROMISE"],
    ["Britain will cut tariffs on steel", "US Secretary of State", "PREDICTION"],
    ["Germany will cut tariffs on steel", "EU trade commissioner", "PREDICTION"],
  ] as const)("%s (%s) → %s", (statement, title, expected) => {
    expect(guessClaimKind(statement, "reported", { name: "Jan Berg", title })).toBe(expected);
  });

  it.each([
    ["Moscow will respond to any new sanctions", "Kremlin spokesman", "PROMISE"],
    ["Berlin will double its contribution", "German Finance Minister", "PROMISE"],
    ["Berlin will double its contribution", "Finance Minister", "PROMISE"],
    ["Berlin will double its contribution", "French Finance Minister", "PREDICTION"],
    ["Washington will lift the tariffs", "US Trade Representative", "PROMISE"],
  ] as const)("reads a capital as its government: %s (%s) → %s", (statement, title, expected) => {
    expect(guessClaimKind(statement, "reported", { name: "Jan Berg", title })).toBe(expected);
  });

  it.each([
    ["it would double its contribution", "Berlin", "PROMISE"],
    ["Germany will double its contribution", "Berlin", "PROMISE"],
    ["it will lift the tariffs by June", "The U.K.", "PROMISE"],
    ["it would be difficult to reach a deal", "Berlin", "PREDICTION"],
    ["France will double its contribution", "Berlin", "PREDICTION"],
    ["it would double its contribution", "Jan Berg", "PREDICTION"],
  ] as const)("a country or capital speaking for its government: %s (%s) → %s", (statement, name, expected) => {
    expect(guessClaimKind(statement, "reported", { name, title: null })).toBe(expected);
  });

  it("reads the capital as the government in suggestClaims", () => {
    const body = [
      `Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.`,
      `Moscow will respond to any new sanctions, Peskov said.`,
      `Berlin said it would double its contribution next year.`,
    ].join("\n");
    expect(suggestClaims(body, { publishedAt: published }).map(({ speaker, claimKind }) => ({ speaker, claimKind }))).toEqual([
      { speaker: "Dmitry Peskov", claimKind: "PROMISE" },
      { speaker: "Berlin", claimKind: "PROMISE" },
    ]);
  });

  it("uses the speaker's title in suggestClaims", () => {
    const body = `Spain will build three new reservoirs by 2030, Agriculture Minister Luis Planas said on Monday, as farmers protested.`;
    expect(suggestClaims(body, { publishedAt: published }).map(({ claimKind, dueDate, speakerTitle }) => ({ claimKind, dueDate, speakerTitle }))).toEqual([
      { claimKind: "PROMISE", dueDate: "2030-12-31", speakerTitle: "Agriculture Minister" },
    ]);
  });
});

describe("claim kind: the speaker's own organisation", () => {
  it.each([
    ["the company would cut 500 jobs", "reported", "company's chief executive", "PROMISE"],
    ["The council will build 2,000 homes", "quote", "council leader", "PROMISE"],
    ["Bristol City Council will build 2,000 homes", "reported", "Bristol City Council leader", "PROMISE"],
    ["Acme Bank will close 40 branches", "reported", "Acme Bank's chief executive", "PROMISE"],
    ["the company would cut 500 jobs", "quote", "company's chief executive", "PREDICTION"],
    ["the trust will open 40 extra beds", "reported", "hospital's chief executive", "PREDICTION"],
    ["The council will build 2,000 homes", "reported", "leader", "PREDICTION"],
    ["The council will build 2,000 homes", "reported", "chief economist", "PREDICTION"],
    ["The council will build 2,000 homes", "reported", null, "PREDICTION"],
  ] as const)("%s (%s, %s) → %s", (statement, kind, title, expected) => {
    expect(guessClaimKind(statement, kind, { name: "Jan Berg", title })).toBe(expected);
  });

  it.each([
    ["its leader", "PROMISE"],
    ["its chief executive, Jan Berg,", "PROMISE"],
    ["its critics", "PREDICTION"],
    ["a resident", "PREDICTION"],
  ] as const)("reads “its <title>” in the attribution as an office in the organisation: %s → %s", (attribution, expected) => {
    expect(guessClaimKind("The council will build 2,000 homes", "quote", null, attribution)).toBe(expected);
  });

  it("uses the attribution in suggestClaims: “…, its leader, X, said” and “…,” said its leader", () => {
    const body = [
      `Bristol City Council will build 10,000 homes by 2030, its leader, Sarah Okafor, said.`,
      `“The council will build 2,000 more by 2032,” said its leader.`,
      `The company's chief executive, John Smith, said the company would cut 500 jobs.`,
    ].join("\n");
    expect(suggestClaims(body, { publishedAt: published }).map(({ speaker, claimKind, dueDate }) => ({ speaker, claimKind, dueDate }))).toEqual([
      { speaker: "Sarah Okafor", claimKind: "PROMISE", dueDate: "2030-12-31" },
      { speaker: "Sarah Okafor", claimKind: "PROMISE", dueDate: "2032-12-31" },
      { speaker: "John Smith", claimKind: "PROMISE", dueDate: null },
    ]);
  });
});

describe("claim kind and due date of a statement with the attribution in its middle", () => {
  it("reads them without the attribution: “The plan, she said, would …” is no promise of hers", () => {
    const body = `Finance Minister Ana Lopes met unions.\nThe plan, she said, would cost billions by 2027.`;
    expect(suggestClaims(body, { publishedAt: published }).map(({ text, claimKind, dueDate }) => ({ text, claimKind, dueDate }))).toEqual([
      { text: "The plan, she said, would cost billions by 2027", claimKind: "PREDICTION", dueDate: "2027-12-31" },
    ]);
  });
});

describe("due dates", () => {
  it.each([
    ["by the end of the year", "2024-12-31"],
    ["by the end of 2024", "2024-12-31"],
    ["before 2025 begins", "2024-12-31"],
    ["within six months", "2024-12-10"],
    ["next month", "2024-07-31"],
    ["by the end of next year", "2025-12-31"],
    ["by 2026", "2026-12-31"],
  ])("reads “%s” relative to the publication date", (phrase, expected) => {
    expect(findDueDate(`They will reach an agreement ${phrase}.`, published)).toBe(expected);
  });

  it.each(["by the end of the year", "within six months", "next month"])("gives no due date for “%s” without a publication date", (phrase) => {
    expect(findDueDate(`They will reach an agreement ${phrase}.`, null)).toBeNull();
  });

  it.each([
    ["by the end of 2024", "2024-12-31"],
    ["before 2025 begins", "2024-12-31"],
  ])("still reads the absolute “%s” without a publication date", (phrase, expected) => {
    expect(findDueDate(`They will reach an agreement ${phrase}.`, null)).toBe(expected);
  });

  it("ignores dates in the past of the publication", () => {
    expect(findDueDate("They have talked over the last few days.", published)).toBeNull();
  });

  it("reads no deadline in a time since which something has been so (“since July” read forward would be next July)", () => {
    expect(findDueDate("The bank will keep its rate and reserves have risen by US$2.1 billion since July.", published)).toBeNull();
    expect(findDueDate("Farmers have been waiting since the end of March, and the board will pay them.", published)).toBeNull();
  });

  it("sets due dates on promises and predictions only", () => {
    const body = `Minister Paul Grant said that the bridge will open within six months. Grant said the old bridge closed last month.`;
    expect(suggestClaims(body, { publishedAt: published }).map(({ claimKind, dueDate }) => ({ claimKind, dueDate }))).toEqual([
      { claimKind: "PREDICTION", dueDate: "2024-12-10" },
      { claimKind: "ASSERTION", dueDate: null },
    ]);
  });

  it.each([
    ["by the end of the decade", "2029-12-31"],
    ["by the end of this decade", "2029-12-31"],
    ["by 2027", "2027-12-31"],
    ["by mid-2026", "2026-06-30"],
    ["later this year", "2024-12-31"],
    ["within two years", "2026-06-10"],
  ])("reads “%s” (decades run 2020–2029)", (phrase, expected) => {
    expect(findDueDate(`They will reach an agreement ${phrase}.`, published)).toBe(expected);
  });

  it("does not read a bare length as a deadline: “a sentence of at least 12 years”", () => {
    expect(findDueDate("The government would ask for a sentence of at least 12 years.", published)).toBeNull();
    expect(findDueDate("The government would ask for a sentence within 12 years.", published)).toBe("2036-06-10");
    expect(findDueDate("They will finish two years from now.", published)).toBe("2026-06-10");
  });

  it("does not read a rate such as “a year” as a duration", () => {
    expect(findDueDate("Farmers will need $40 billion a year by the end of the decade.", published)).toBe("2029-12-31");
    expect(findDueDate("Farmers will need $40 billion a year.", published)).toBeNull();
  });
});
