/**
 * The Polish word for a count, by the count's CLDR plural category (from
 * `LocalizeController.plural`, i.e. Intl.PluralRules): one (1), few (2–4,
 * 22–24, …), many (0, 5–21, 25–31, …): "1 wydarzenie", "3 wydarzenia",
 * "5 wydarzeń", "22 wydarzenia". Polish "other" is for fractions, which
 * counts never are; it reads as `many`.
 */
export const plWord = (plural: Intl.LDMLPluralRule, one: string, few: string, many: string): string =>
  plural === 'one' ? one : plural === 'few' ? few : many;
