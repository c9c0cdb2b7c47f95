import type { FormRule } from 'antd';

/** Anything with zod's safeParse: the contract schemas from @vioc/contracts. */
interface Parser {
  safeParse(value: unknown): { success: boolean };
}

/**
 * An antd Form rule from a contract schema, so the form checks what the server checks.
 * Empty values pass: combine with `required` where needed.
 */
export function zodRule(schema: Parser, message: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      if (!schema.safeParse(value).success) throw new Error(message);
    },
  };
}
