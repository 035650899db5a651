import { base, de, en, es, Faker, fr, id_ID, ja, ko, vi, zh_CN, type LocaleDefinition } from '@faker-js/faker';
import type { SeededRandom } from './seeded-random';

/** One made-up person, with names, email and phone written the messy ways real sign-up forms receive them. */
export interface Person {
  firstName: string;
  lastName: string;
  /** The single name field as a customer typed it (Mayar keeps it unsanitised). */
  enteredName: string;
  /** Lower-case, as generated; `typedEmail` decides how it was typed. */
  email: string;
  mobile: string;
  locale: string;
}

interface LocaleSpec {
  name: string;
  definition: LocaleDefinition;
  weight: number;
  domains: readonly string[];
}

const LOCALES: readonly LocaleSpec[] = [
  { name: 'id_ID', definition: id_ID, weight: 55, domains: ['gmail.com', 'yahoo.com', 'yahoo.co.id', 'gmail.co.id', 'outlook.co.id'] },
  { name: 'en', definition: en, weight: 10, domains: ['gmail.com', 'outlook.com', 'hotmail.com', 'icloud.com'] },
  { name: 'vi', definition: vi, weight: 8, domains: ['gmail.com', 'hotmail.com', 'yahoo.com.vn'] },
  { name: 'fr', definition: fr, weight: 5, domains: ['gmail.com', 'orange.fr', 'free.fr', 'laposte.net'] },
  { name: 'de', definition: de, weight: 5, domains: ['gmail.com', 'web.de', 'gmx.de', 't-online.de'] },
  { name: 'ja', definition: ja, weight: 5, domains: ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp'] },
  { name: 'es', definition: es, weight: 5, domains: ['gmail.com', 'hotmail.es', 'yahoo.es'] },
  { name: 'zh_CN', definition: zh_CN, weight: 4, domains: ['qq.com', '163.com', 'gmail.com'] },
  { name: 'ko', definition: ko, weight: 3, domains: ['naver.com', 'daum.net', 'gmail.com'] },
];
const EAST_ASIAN = new Set(['ja', 'zh_CN', 'ko']);
const POOL_SIZE = 600;

// Names a portal must render as text, never as markup.
const HTML_NAMES = ['<b>Budi</b>', '<script>alert("xss")</script>', '<img src=x onerror=alert(1)>Sari', 'Budi &amp; Sari', '<i>Wati</i> Lestari'];

interface NamePool {
  spec: LocaleSpec;
  firstNames: string[];
  lastNames: string[];
  phones: string[];
}

/**
 * Faker draws a pool of names and phone numbers per locale once; rows combine them with a fast
 * seeded generator. Calling faker per row made 100,000 customers take several seconds.
 */
function buildPools(seed: number): NamePool[] {
  return LOCALES.map((spec, index) => {
    const faker = new Faker({ locale: [spec.definition, en, base], seed: seed * 31 + index });
    const draw = (make: () => string) => Array.from({ length: POOL_SIZE }, make);
    return {
      spec,
      firstNames: draw(() => faker.person.firstName()),
      lastNames: draw(() => faker.person.lastName()),
      phones: draw(() => faker.phone.number()),
    };
  });
}

function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function emailFor(random: SeededRandom, first: string, last: string, domains: readonly string[]): string {
  const [a, b] = [asciiFold(first), asciiFold(last)];
  const digits = random.chance(0.5) ? String(random.int(1, 99)) : '';
  const local = a && b ? `${a}${random.pick(['.', '_', ''])}${b}${digits}` : `${a || b || 'user'}${random.int(100, 99_999)}`;
  return `${local}@${random.pick(domains)}`;
}

function enteredName(random: SeededRandom, first: string, last: string, locale: string): string {
  if (EAST_ASIAN.has(locale)) return random.chance(0.5) ? `${last}${first}` : `${last} ${first}`;
  const roll = random.int(1, 100);
  if (roll <= 55) return `${first} ${last}`;
  if (roll <= 70) return first;
  if (roll <= 75) return `${first} ${last} `;
  if (roll <= 80) return `${first}${last}`.toLowerCase();
  if (roll <= 84) return `I ${first.toLowerCase()} ${last.toLowerCase()}`;
  if (roll <= 87) return `${first} ${last}`.toUpperCase();
  if (roll <= 89) return `${first.toLowerCase()}. ${random.int(10, 99)}o ${last.toLowerCase()}`;
  if (roll <= 90) return `${first} 🌸`;
  if (roll <= 91) return random.pick(HTML_NAMES);
  return `${first} ${last}`;
}

const OPERATOR_PREFIXES = ['811', '812', '813', '821', '822', '852', '853', '856', '857', '858', '877', '878', '881', '895', '896'];

/** Indonesian mobiles as typed: 62…, 08… or +62 with dashes. */
function indonesianMobile(random: SeededRandom): string {
  const prefix = random.pick(OPERATOR_PREFIXES);
  const rest = String(random.int(100_000, 999_999_999));
  const form = random.int(1, 100);
  if (form <= 55) return `62${prefix}${rest}`;
  if (form <= 90) return `0${prefix}${rest}`;
  return `+62 ${prefix}-${rest.slice(0, 4)}-${rest.slice(4)}`;
}

export function createPeople(seed: number, random: SeededRandom): () => Person {
  const pools = buildPools(seed);
  const weighted = pools.map((pool) => [pool, pool.spec.weight] as const);
  return () => {
    const pool = random.weighted(weighted);
    const locale = pool.spec.name;
    const firstName = random.pick(pool.firstNames);
    const lastName = random.pick(pool.lastNames);
    return {
      firstName,
      lastName,
      enteredName: enteredName(random, firstName, lastName, locale),
      email: emailFor(random, firstName, lastName, pool.spec.domains),
      mobile: locale === 'id_ID' || random.chance(0.3) ? indonesianMobile(random) : random.pick(pool.phones),
      locale,
    };
  };
}

/** Addresses as typed: mostly lower-case, some capitalised or shouted. */
export function typedEmail(random: SeededRandom, email: string): string {
  const roll = random.int(1, 100);
  if (roll <= 85) return email;
  if (roll <= 95) return email.replace(/(^|[._@])([a-z])/g, (_, separator: string, letter: string) => `${separator}${letter.toUpperCase()}`);
  return email.toUpperCase();
}
