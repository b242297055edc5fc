import { describe, expect, it } from "vitest";
import { databasePoolSize, parseServerEnv } from "@/lib/platform/env.ts";

describe("DATABASE_POOL_SIZE", () => {
  it("is pg's 10 unless set, and a whole number of connections when set", () => {
    expect(databasePoolSize({})).toBe(10);
    expect(databasePoolSize({ DATABASE_POOL_SIZE: " " })).toBe(10);
    expect(databasePoolSize({ DATABASE_POOL_SIZE: "25" })).toBe(25);
  });

  it.each(["0", "-1", "2.5", "ten", "1000", "010"])("%j fails loudly with its name", (value) => {
    const message = "DATABASE_POOL_SIZE: DATABASE_POOL_SIZE must be a whole number of connections from 1 to 999";
    expect(() => databasePoolSize({ DATABASE_POOL_SIZE: value })).toThrow(message);
    expect(() => parseServerEnv({ DATABASE_URL: "postgresql://u@localhost/db", DATABASE_POOL_SIZE: value })).toThrow(message);
  });
});
