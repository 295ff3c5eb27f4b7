/**
 * Land provisions modelled on a federal one ([Land law, §, federal law, §]). Where the shipped excerpt lacks a
 * Land § (NDIG §§ 5, 7–9 exist only as titles), the wording of its federal model stands in for the missing text
 * when ranking; the hit still shows the notice that the wording is missing, never the federal text.
 */
export const PARALLELS: readonly (readonly [string, string, string, string])[] = [
  ['NDIG', '§ 5', 'EGovG', '§ 3'],
  ['NDIG', '§ 7', 'EGovG', '§ 5'],
  ['NDIG', '§ 8', 'EGovG', '§ 13'],
  ['NDIG', '§ 9', 'EGovG', '§ 14'],
];
