import { describe, expect, it } from "vitest";
import { anchorQuote } from "@/lib/anchors.ts";
import { type DemoStep, demoData } from "@/prisma/seed-data.ts";

const { users, sources, claimants, outcomes, claims } = demoData;
const VERDICTS = new Set(["FULFILLED", "PARTIALLY_FULFILLED", "NOT_FULFILLED"]);
const time = (iso: string) => new Date(iso).getTime();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();

describe("demo data", () => {
  it("has at least the minimum amount of data", () => {
    expect(Object.keys(sources).length).toBeGreaterThanOrEqual(5);
    expect(claimants.length).toBeGreaterThanOrEqual(6);
    expect(claims.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(outcomes).length).toBeGreaterThanOrEqual(4);
    expect(claims.filter((claim) => claim.visibility === "DRAFT").length).toBeGreaterThanOrEqual(1);
    expect(claims.filter((claim) => claim.visibility === "PUBLISHED").length).toBeGreaterThan(claims.length / 2);
  });

  it("has unique natural keys", () => {
    const unique = (values: unknown[]) => expect(new Set(values).size).toBe(values.length);
    unique(Object.values(users).map((user) => user.email));
    unique(Object.values(sources).map((source) => source.url ?? source.title));
    unique(claimants.map((claimant) => claimant.slug));
    unique(claims.map((claim) => claim.externalId));
    unique(Object.values(outcomes).map((outcome) => `${outcome.title}@${outcome.occurredAt}`));
    for (const user of Object.values(users)) expect(user.email).toBe(user.email.toLowerCase());
    for (const claimant of claimants) expect(claimant.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const claim of claims) expect(claim.externalId).toMatch(/^demo:[a-z0-9-]+$/);
  });

  it("includes the claims the design asks for", () => {
    const quotes = claims.map((claim) => `${claim.claimant}: ${claim.quote}`);
    for (const expected of [
      /^antony-blinken: .*tangible progress/,
      /^antony-blinken: .*agreement within sight, within reach/,
      /^joe-biden: .*by the end of the year/,
      /^michael-carpenter: .*very keenly interested in securing a peace agreement/,
      /^donald-trump: .*official Peace Signing Ceremony/,
    ]) {
      expect(quotes.some((quote) => expected.test(quote)), String(expected)).toBe(true);
    }
  });

  it.each(claims.map((claim) => [claim.externalId, claim] as const))("%s anchors exactly once in its source", (_, claim) => {
    const body = sources[claim.source].body;
    expect(body.split(claim.quote)).toHaveLength(2);
    const anchor = anchorQuote(body, claim.quote);
    expect(body.slice(anchor.start, anchor.end)).toBe(claim.quote);
    expect(claim.quote).toBe(claim.quote.trim());
  });

  it.each(claims.map((claim) => [claim.externalId, claim] as const))("%s has a consistent history", (_, claim) => {
    const statedAt = day(claim.statedAt);
    expect(time(claim.created.at)).toBeGreaterThanOrEqual(statedAt);
    let previous = time(claim.created.at);
    let status = "PENDING";
    const linkedAt: number[] = [];
    const steps: DemoStep[] = claim.history;
    for (const step of steps) {
      const at = time(step.at);
      expect(at, `${step.at} is out of order`).toBeGreaterThanOrEqual(previous);
      previous = at;
      if ("link" in step) {
        expect(at).toBeGreaterThanOrEqual(day(outcomes[step.link].occurredAt));
        expect(step.note.length).toBeGreaterThan(0);
        linkedAt.push(at);
      }
      if ("status" in step) {
        expect(step.status, "a status change changes the status").not.toBe(status);
        expect(step.rationale.trim().length).toBeGreaterThan(20);
        if (VERDICTS.has(step.status)) {
          expect(linkedAt.some((linked) => linked <= at), `${step.status} needs a linked outcome first`).toBe(true);
        }
        status = step.status;
      }
    }
    expect(claim.status).toBe(status);
    expect(claim.history.filter((step) => "publish" in step)).toHaveLength(claim.visibility === "PUBLISHED" ? 1 : 0);
    const links = claim.history.flatMap((step) => ("link" in step ? [step.link] : []));
    expect(new Set(links).size, "an outcome is linked at most once").toBe(links.length);
  });

  it("refers only to known claimants, sources, outcomes, users and earlier claims", () => {
    const slugs = new Set<string>(claimants.map((claimant) => claimant.slug));
    const earlier = new Set<string>();
    for (const claim of claims) {
      expect(slugs.has(claim.claimant)).toBe(true);
      expect(sources[claim.source]).toBeDefined();
      expect(users[claim.created.by]).toBeDefined();
      for (const step of claim.history) {
        if (step.by) expect(users[step.by]).toBeDefined();
        if ("link" in step) expect(outcomes[step.link]).toBeDefined();
        // The seed writes claims in list order: a link can only point back.
        if ("claimLink" in step) expect(earlier, `${claim.externalId} links to ${step.claimLink.to}`).toContain(step.claimLink.to);
      }
      earlier.add(claim.externalId);
    }
    for (const outcome of Object.values(outcomes)) expect(sources[outcome.source]).toBeDefined();
  });

  it("has two demo accounts without passwords", () => {
    expect(users.admin).toMatchObject({ email: "admin@claimledger.test", name: "Ada Admin", role: "ADMIN" });
    expect(users.editor).toMatchObject({ email: "editor@claimledger.test", name: "Eddie Editor", role: "EDITOR" });
    expect(Object.values(users).some((user) => "passwordHash" in user)).toBe(false);
  });
});
