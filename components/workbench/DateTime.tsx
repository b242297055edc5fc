/** A moment, machine-readable in ISO and shown as date and time (UTC, so server and browser agree). */
export function DateTime({ value }: { value: Date }) {
  const text = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(value);
  return <time dateTime={value.toISOString()}>{text} UTC</time>;
}
