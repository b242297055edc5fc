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

  it("sets due dates on promises and predictions only", () => {
    const body = `Minister Paul Grant said that the bridge will open within six months. Grant said the old bridge closed last month.`;
    expect(suggestClaims(body, { publishedAt: published }).map(({ claimKind, dueDate }) => ({ claimKind, dueDate }))).toEqual([
      { claimKind: "PREDICTION", dueDate: "2024-12-10" },
      { claimKind: "ASSERTION", dueDate: null },
    ]);
  });
});
