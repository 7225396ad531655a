import type { z } from 'zod';

/** The top-level fields a validation error complains about, so each can show its own rule. */
export function invalidFields(error: z.ZodError): ReadonlySet<string> {
  const fields = new Set<string>();
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string') fields.add(field);
  }
  return fields;
}
