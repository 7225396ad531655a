import { z } from 'zod';

export const healthCheckSchema = z.object({ ok: z.boolean(), problem: z.string().optional() }).meta({ id: 'HealthCheck' });

/** `ok` is true (status 200) only when every check is; otherwise the status is 503 and the failing checks say why. */
export const healthResponseSchema = z
  .object({
    ok: z.boolean(),
    checks: z.object({ database: healthCheckSchema, updateLog: healthCheckSchema, recordLog: healthCheckSchema }),
  })
  .meta({ id: 'Health' });
export type HealthResponse = z.infer<typeof healthResponseSchema>;
export type HealthCheck = z.infer<typeof healthCheckSchema>;
export const emptyResponseSchema = z.object({}).meta({ id: 'Empty' });
