import { z } from "zod";
import { idSchema, isoDate, optionalId, optionalText, optionalWebUrl, requiredText } from "@/lib/fields.ts";

/** An outcome is evidenced by a source in the ledger or by a web address, one of the two. */
export const outcomeSchema = z
  .object({
    title: requiredText("a title", 300),
    description: optionalText("the description", 5000, { multiline: true }),
    occurredAt: isoDate("the date it happened", { notBefore: "1900-01-01", notAfterToday: true }),
    sourceId: optionalId("source"),
    url: optionalWebUrl,
  })
  .superRefine((outcome, context) => {
    if (outcome.sourceId === null && outcome.url === null) {
      const message = "Choose the source that reports it, or enter its web address.";
      context.addIssue({ code: "custom", path: ["sourceId"], message });
      context.addIssue({ code: "custom", path: ["url"], message });
    } else if (outcome.sourceId !== null && outcome.url !== null) {
      context.addIssue({ code: "custom", path: ["url"], message: "Give either a source or a web address, not both." });
    }
  });

export const updateOutcomeFormSchema = z.intersection(z.object({ id: idSchema("outcome") }), outcomeSchema);

export type OutcomeInput = z.input<typeof outcomeSchema>;
