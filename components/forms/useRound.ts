import { useState } from "react";

/**
 * A number that changes with every answer of a form's action. Used as the key of the form's fields,
 * it remounts them so they show the echoed input after an error, or start afresh after a success.
 */
export function useRound(state: unknown): number {
  const [seen, setSeen] = useState(state);
  const [round, setRound] = useState(0);
  if (state !== seen) {
    setSeen(state);
    setRound(round + 1);
  }
  return round;
}
