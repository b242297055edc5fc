/** A calendar date (stored as UTC midnight), machine-readable and shown as a long English date. */
export function LocalDate({ value }: { value: Date }) {
  const iso = value.toISOString().slice(0, 10);
  const text = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(value);
  return <time dateTime={iso}>{text}</time>;
}
