import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { saveMethodologyAction } from "@/app/admin/methodology/actions.ts";
import { Markdown } from "@/components/Markdown.tsx";
import { AuthorizationError } from "@/lib/errors.ts";
import { DEFAULT_METHODOLOGY, getMethodology, METHODOLOGY_STALE, saveMethodology } from "@/lib/public/methodology.ts";
import { actAs } from "./support/session.ts";
import { useMigratedDatabase } from "./support/test-database.ts";

vi.mock("@/lib/accounts/session.ts", () => import("./support/session.ts"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() }));

const {
  prisma,
  users: { admin, editor },
} = useMigratedDatabase({ appDatabase: true, users: { admin: { role: "ADMIN" }, editor: { role: "EDITOR" } } });

const html = (text: string) => renderToStaticMarkup(createElement(Markdown, { text }));

describe("the methodology's Markdown, as readers get it", () => {
  it("renders headings (with anchors), emphasis, lists and links", () => {
    expect(html("# Our rules\n\n## Corrections policy\n\nWe *correct* openly:\n\n- one\n- two\n\n[every correction](/corrections)")).toBe(
      '<div class="max-w-3xl text-stone-800"><h2 id="our-rules" class="mt-8 font-serif text-xl font-bold">Our rules</h2>\n' +
        '<h2 id="corrections-policy" class="mt-8 font-serif text-xl font-bold">Corrections policy</h2>\n' +
        '<p class="mt-3">We <em>correct</em> openly:</p>\n<ul class="mt-3 list-disc space-y-1 pl-6">\n<li>one</li>\n<li>two</li>\n</ul>\n' +
        '<p class="mt-3"><a href="/corrections" class="underline">every correction</a></p></div>',
    );
  });

  it("never lets raw HTML, scripts, event handlers or javascript: links through", () => {
    const output = html(
      [
        "<script>alert(1)</script>",
        '<img src="x" onerror="alert(2)">',
        "[click](javascript:alert(3))",
        "[also](JaVaScRiPt:alert(4))",
        '<a href="javascript:alert(5)">raw link</a>',
        "<iframe src=\"https://evil.example\"></iframe>",
        "![pixel](javascript:alert(6))",
      ].join("\n\n"),
    );
    expect(output.toLowerCase()).not.toMatch(/<script|onerror|javascript:|<iframe|<img[^>]*src="x"/);
    expect(output).toContain("click");
  });

  it("the default text has the sections readers are sent to, the corrections policy among them", () => {
    const output = html(DEFAULT_METHODOLOGY);
    expect(output).toContain('id="how-we-choose-claims"');
    expect(output).toContain('id="how-we-reach-a-verdict"');
    expect(output).toContain('id="corrections-policy"');
  });
});

describe("saving the methodology", () => {
  beforeAll(() => actAs(admin.id));

  it("is the default text until an admin saves; only an admin may save, and a save over a newer one is refused", async () => {
    expect(await getMethodology(prisma)).toEqual({ markdown: DEFAULT_METHODOLOGY, updatedAt: null });
    await expect(saveMethodology(prisma, editor, { markdown: "## Ours", updatedAt: "" })).rejects.toBeInstanceOf(AuthorizationError);
    expect(await prisma.sitePage.count()).toBe(0);

    const first = await saveMethodology(prisma, admin, { markdown: "## How we work\n\nCarefully.", updatedAt: "" });
    expect(await getMethodology(prisma)).toEqual(first);
    await expect(saveMethodology(prisma, admin, { markdown: "## Older copy", updatedAt: "" })).rejects.toThrow(METHODOLOGY_STALE);
    const second = await saveMethodology(prisma, admin, { markdown: "## How we work\n\nVery carefully.", updatedAt: first.updatedAt!.toISOString() });
    expect(second.markdown).toBe("## How we work\n\nVery carefully.");
    await expect(saveMethodology(prisma, admin, { markdown: "## Stale", updatedAt: first.updatedAt!.toISOString() })).rejects.toThrow(METHODOLOGY_STALE);
    expect((await getMethodology(prisma)).markdown).toBe(second.markdown);
  });

  it("through the admin's form: an empty text is a field error that keeps the input, a good one is saved", async () => {
    const { updatedAt } = await getMethodology(prisma);
    const form = (markdown: string) => {
      const data = new FormData();
      data.set("markdown", markdown);
      data.set("updatedAt", updatedAt?.toISOString() ?? "");
      return data;
    };
    expect(await saveMethodologyAction({ status: "idle" }, form("   "))).toMatchObject({ status: "error", fieldErrors: { markdown: ["Enter the methodology text."] } });
    const saved = await saveMethodologyAction({ status: "idle" }, form("## Corrections policy\n\nWe say so."));
    expect(saved).toMatchObject({ status: "success", data: { updatedAt: expect.any(String) } });
    expect((await getMethodology(prisma)).markdown).toBe("## Corrections policy\n\nWe say so.");
  });
});
