import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../deps';
import { contextOf } from '../http/request-context';
import { errorResponses } from '../http/schemas';
import { myDuty, startDuty, stopDuty } from './duty';
import { readCareSettings, updateCareSettings } from './settings';

const dutySchema = z
  .object({
    onDuty: z.boolean().meta({ description: 'Declared on duty, or a roster slot of mine is running now' }),
    until: z.string().nullable().meta({ description: 'When my declared duty ends' }),
    byRoster: z.boolean(),
    onDutyCount: z
      .number()
      .int()
      .meta({ description: 'Staff on duty now; with none, a crisis rings every counsellor' }),
  })
  .meta({ id: 'CareDuty' });

const minutes = (min: number, max: number) => z.number().int().min(min).max(max);

const settingsSchema = z
  .object({
    crisisAckMinutes: minutes(1, 240),
    dutyPhoneAfterMinutes: minutes(1, 240),
    highDueMinutes: minutes(5, 10080),
    normalDueMinutes: minutes(5, 20160),
    dutyPhone: z.string().nullable().meta({ description: 'Masked (138****1234); null when none is set' }),
    dutyPhoneLabel: z.string().nullable(),
  })
  .meta({ id: 'CareSettings' });

const settingsBody = z.strictObject({
  crisisAckMinutes: minutes(1, 240).meta({
    description: 'An untaken crisis request goes to the supervisors after this',
  }),
  dutyPhoneAfterMinutes: minutes(1, 240).meta({
    description: '…and this much later to the duty phone, by text message',
  }),
  highDueMinutes: minutes(5, 10080),
  normalDueMinutes: minutes(5, 20160),
  dutyPhone: z
    .string()
    .trim()
    .max(20)
    .nullable()
    .optional()
    .meta({ description: 'A mobile number; leave out to keep the current one, null to remove it' }),
  dutyPhoneLabel: z.string().trim().min(1).max(60).nullable().optional(),
});

/** Duty (whose console rings) and the federation's care settings (when untaken requests escalate). */
export async function careRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;
  const tags = ['alerts'];

  r.get(
    '/api/v1/care-duty',
    {
      schema: {
        tags,
        summary: 'Am I on duty, and how many are',
        response: { 200: dutySchema, ...errorResponses },
      },
      config: { action: 'alert.handle' },
    },
    async (req) => myDuty(db, contextOf(req, deps.clock)),
  );

  r.put(
    '/api/v1/care-duty',
    {
      schema: {
        tags,
        summary: 'I am on duty for the next hours: crisis requests ring on my console (audited)',
        body: z.strictObject({ hours: z.number().int().min(1).max(12) }),
        response: { 200: dutySchema, ...errorResponses },
      },
      config: { action: 'alert.handle' },
    },
    async (req) => startDuty(db, contextOf(req, deps.clock), req.body.hours),
  );

  r.delete(
    '/api/v1/care-duty',
    {
      schema: {
        tags,
        summary: 'End my declared duty (audited)',
        response: { 200: dutySchema, ...errorResponses },
      },
      config: { action: 'alert.handle' },
    },
    async (req) => stopDuty(db, contextOf(req, deps.clock)),
  );

  r.get(
    '/api/v1/care-settings',
    {
      schema: {
        tags,
        summary: 'When untaken requests escalate, and the federation’s duty phone (masked)',
        response: { 200: settingsSchema, ...errorResponses },
      },
      config: { action: 'care.settings' },
    },
    async (req) => readCareSettings(db, deps.cipher, contextOf(req, deps.clock)),
  );

  r.put(
    '/api/v1/care-settings',
    {
      schema: {
        tags,
        summary: 'Set when untaken requests escalate and the duty phone (sealed; audited)',
        body: settingsBody,
        response: { 200: settingsSchema, ...errorResponses },
      },
      config: { action: 'care.settings' },
    },
    async (req) => updateCareSettings(db, deps.cipher, contextOf(req, deps.clock), req.body),
  );
}
