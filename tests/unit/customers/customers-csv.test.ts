import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '@/lib/customers/api/customers-csv';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '@SUM(A1)', '+cmd|x', '-2+3+cmd|/C calc!A0', '\tx', '\rx', '=HYPERLINK("http://evil")'])('prefixes %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['+6281234567', '+62 812-345 (67)', '-5', 'john', 'a=b', '', '0812'])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});
