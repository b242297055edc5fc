import { describe, expect, it } from "vitest";
import { ANCHOR_CONTEXT, anchorQuote, locateAnchor } from "@/lib/anchors.ts";

const blinken =
  "“The two sides have discussed some very tough issues over the last few days and they’ve made " +
  "tangible progress on a durable peace agreement. I hope that they see – and I believe that they do, " +
  "as I do – that there is an agreement within sight, within reach,” Blinken said.";

describe("anchorQuote", () => {
  it("anchors a quote with curly quotes and apostrophes and ~32 characters of context", () => {
    const exact = "they’ve made tangible progress on a durable peace agreement";
    const anchor = anchorQuote(blinken, exact);
    expect(blinken.slice(anchor.start, anchor.end)).toBe(exact);
    expect(anchor.exact).toBe(exact);
    expect(anchor.prefix).toBe(blinken.slice(anchor.start - ANCHOR_CONTEXT, anchor.start));
    expect(anchor.prefix).toHaveLength(ANCHOR_CONTEXT);
    expect(anchor.suffix).toBe(". I hope that they see – and I b");
  });

  it("cuts prefix and suffix at the bounds of the text", () => {
    const start = anchorQuote(blinken, "“The two sides");
    expect(start).toMatchObject({ start: 0, end: 14, prefix: "" });
    const end = anchorQuote(blinken, "Blinken said.");
    expect(end.suffix).toBe("");
    expect(end.end).toBe(blinken.length);
    expect(anchorQuote("abc", "abc")).toEqual({ exact: "abc", prefix: "", suffix: "", start: 0, end: 3 });
  });

  it("works on Armenian and Azerbaijani letters without case folding", () => {
    const body = "İlham Əliyev met Nikol Pashinyan (Նիկոլ Փաշինյան) in Abu Dhabi; ilham is not İlham.";
    const aliyev = anchorQuote(body, "İlham Əliyev");
    expect(aliyev).toMatchObject({ start: 0, end: 12, prefix: "" });
    expect(body.slice(aliyev.start, aliyev.end)).toBe("İlham Əliyev");
    const armenian = anchorQuote(body, "Նիկոլ Փաշինյան");
    expect(body.slice(armenian.start, armenian.end)).toBe("Նիկոլ Փաշինյան");
    expect(armenian.prefix.endsWith("Pashinyan (")).toBe(true);
    expect(() => anchorQuote(body, "ilham əliyev")).toThrow(/not found/);
    // "İlham" is in the text twice, the lower-case "ilham" only once: matching is exact.
    expect(() => anchorQuote(body, "İlham")).toThrow(/2 times/);
    expect(anchorQuote(body, "ilham").start).toBe(body.indexOf("ilham"));
  });

  it("never splits a surrogate pair when cutting the context", () => {
    const body = `${"😀".repeat(20)}quote${"😀".repeat(20)}`;
    const anchor = anchorQuote(body, "quote");
    expect(anchor.prefix).toBe("😀".repeat(16));
    expect(anchor.suffix).toBe("😀".repeat(16));
    // One ASCII character between the emoji and the quote: 32 code units back from the quote
    // (and forward from its end) lands inside a pair, so the cut moves to the pair's boundary.
    const odd = `${"😀".repeat(20)}-quote-${"😀".repeat(20)}`;
    const cut = anchorQuote(odd, "quote");
    expect(cut.prefix).toBe(`${"😀".repeat(15)}-`);
    expect(cut.suffix).toBe(`-${"😀".repeat(15)}`);
  });

  it("refuses an ambiguous quote unless an occurrence is given", () => {
    const body = "within reach. The agreement is within reach, he said, within reach.";
    expect(() => anchorQuote(body, "within reach")).toThrow(/occurs 3 times.*occurrence/);
    const second = anchorQuote(body, "within reach", 1);
    expect(second.start).toBe(body.indexOf("within reach", 1));
    expect(second.prefix).toBe("within reach. The agreement is ");
    expect(() => anchorQuote(body, "within reach", 3)).toThrow(/occurrence 3 does not exist/);
    expect(() => anchorQuote(body, "within reach", -1)).toThrow(/does not exist/);
    expect(anchorQuote("aaa", "aa", 1)).toMatchObject({ start: 1, end: 3 });
  });

  it("throws a clear error for a missing or empty quote", () => {
    expect(() => anchorQuote(blinken, "an agreement within sight and within reach")).toThrow(
      'Quote not found in the text: "an agreement within sight and within reach"',
    );
    // Straight and curly apostrophes are different characters.
    expect(() => anchorQuote(blinken, "they've made")).toThrow(/not found/);
    expect(() => anchorQuote(blinken, "")).toThrow(/empty/);
  });
});

describe("locateAnchor", () => {
  const exact = "there is an agreement within sight, within reach";

  it("finds the quote at its stored position in an unchanged text", () => {
    const anchor = anchorQuote(blinken, exact);
    expect(locateAnchor(blinken, anchor)).toEqual({ start: anchor.start, end: anchor.end });
  });

  it("follows the quote when text is inserted before it", () => {
    const anchor = anchorQuote(blinken, exact);
    const edited = `WASHINGTON (ILKHA) — ${blinken}`;
    const found = locateAnchor(edited, anchor);
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start, found!.end)).toBe(exact);
    expect(found!.start).toBe(anchor.start + "WASHINGTON (ILKHA) — ".length);
  });

  it("prefers the occurrence whose context matches over a nearer one", () => {
    const body = "Aliyev said: peace is near. Pashinyan said: peace is near. Trump said: peace is near.";
    const anchor = anchorQuote(body, "peace is near", 1);
    // Insert text so that another occurrence now sits where the old start was.
    const edited = `Today Aliyev said it again and then said: peace is near. ${body}`;
    const found = locateAnchor(edited, { ...anchor });
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start - "Pashinyan said: ".length, found!.end)).toBe("Pashinyan said: peace is near");
  });

  it("breaks ties between equally good matches by distance to the old start", () => {
    const body = "x peace x. x peace x. x peace x.";
    const found = locateAnchor(body, { exact: "peace", prefix: "x ", suffix: " x", start: 14 });
    expect(found).toEqual({ start: 13, end: 18 });
    // Without a stored start, the first of the equal matches wins.
    expect(locateAnchor(body, { exact: "peace", prefix: "x ", suffix: " x" })).toEqual({ start: 2, end: 7 });
  });

  it("re-locates Unicode quotes after edits around them", () => {
    const body = "Prezident İlham Əliyev dedi: “sülh yaxındır”. Baş nazir Nikol Paşinyan: “sülh yaxındır”.";
    const anchor = anchorQuote(body, "“sülh yaxındır”", 1);
    const edited = body.replace("Baş nazir", "Ermənistanın Baş naziri");
    const found = locateAnchor(edited, anchor);
    expect(found).not.toBeNull();
    expect(edited.slice(found!.start, found!.end)).toBe("“sülh yaxındır”");
    expect(found!.start).toBe(edited.lastIndexOf("“sülh yaxındır”"));
  });

  it("returns null when the quote is gone", () => {
    const anchor = anchorQuote(blinken, exact);
    expect(locateAnchor(blinken.replace("within sight", "in sight"), anchor)).toBeNull();
    expect(locateAnchor(blinken, { exact: "", prefix: "", suffix: "" })).toBeNull();
  });
});
