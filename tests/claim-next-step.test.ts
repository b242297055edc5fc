import { describe, expect, it } from "vitest";
import { nextStep } from "@/lib/workbench/next-step.ts";

const now = new Date("2025-06-01T12:00:00Z");
const claim = {
  status: "PENDING" as const,
  visibility: "PUBLISHED" as const,
  withdrawnAt: null,
  dueAt: null,
  headline: "Blinken's 'tangible progress': borne out",
  outcomeCount: 0,
  orphaned: false,
};

describe("the claim page's next step", () => {
  it("asks for an outcome, then a verdict, for an open published claim", () => {
    expect(nextStep(claim, now)).toEqual({ text: "Link an outcome, then set a verdict.", tab: "status", urgent: false });
    expect(nextStep({ ...claim, status: "IN_PROGRESS", outcomeCount: 2 }, now)).toEqual({
      text: "Set a verdict once the linked outcomes settle it.",
      tab: "status",
      urgent: false,
    });
  });

  it("asks to publish a draft, and says when nothing is left", () => {
    expect(nextStep({ ...claim, visibility: "DRAFT" }, now)).toEqual({ text: "Publish when ready.", tab: null, urgent: false });
    expect(nextStep({ ...claim, visibility: "DRAFT", status: "FULFILLED", outcomeCount: 1 }, now)?.text).toBe("Publish when ready.");
    expect(nextStep({ ...claim, status: "FULFILLED", outcomeCount: 1 }, now)?.text).toMatch(/^Nothing left to do/);
  });

  it("asks for the headline before publishing a draft that has none", () => {
    expect(nextStep({ ...claim, visibility: "DRAFT", headline: null }, now)).toEqual({
      text: "Write the headline readers will see, then publish.",
      tab: "claim",
      urgent: false,
    });
    expect(nextStep({ ...claim, headline: null, status: "IN_PROGRESS" }, now)?.text).toBe("Link an outcome, then set a verdict.");
  });

  it("puts an overdue open claim first, even a draft, but not one with a verdict", () => {
    const overdue = { ...claim, visibility: "DRAFT" as const, dueAt: new Date("2024-12-31T00:00:00Z") };
    expect(nextStep(overdue, now)).toEqual({ text: "Overdue: link an outcome, then set a verdict.", tab: "status", urgent: true });
    expect(nextStep({ ...overdue, status: "NOT_FULFILLED", outcomeCount: 1 }, now)?.text).toBe("Publish when ready.");
    expect(nextStep({ ...overdue, dueAt: new Date("2025-06-01T00:00:00Z") }, now)?.text).toBe("Publish when ready.");
  });

  it("sends an orphaned quote to the claim form before anything else, and has nothing for a withdrawn claim", () => {
    expect(nextStep({ ...claim, orphaned: true, dueAt: new Date("2024-12-31T00:00:00Z") }, now)).toMatchObject({ tab: "claim", urgent: true });
    expect(nextStep({ ...claim, withdrawnAt: new Date("2025-05-01T00:00:00Z") }, now)).toBeNull();
  });
});
