/**
 * Names of foreign states as drafters write them ("Die Empfängerin lebt inzwischen in Brasilien"): a named country
 * is the foreign case ("Ausland") even when the word "Ausland" is never said. Used by card topics written "@ausland".
 */
const STATES = new Set(
  (
    'afghanistan ägypten albanien algerien andorra angola argentinien armenien aserbaidschan äthiopien australien bangladesch belgien ' +
    'bolivien bosnien brasilien bulgarien chile china dänemark ecuador elfenbeinküste england eritrea estland finnland frankreich ' +
    'georgien ghana griechenland großbritannien guatemala indien indonesien irak iran irland island israel italien japan jemen jordanien ' +
    'kamerun kanada kasachstan katar kenia kirgisistan kolumbien kongo korea kosovo kroatien kuba kuwait lettland libanon libyen ' +
    'liechtenstein litauen luxemburg malaysia mali malta marokko mexiko moldau moldawien monaco mongolei montenegro mosambik myanmar namibia ' +
    'nepal neuseeland niederlande nigeria nordmazedonien norwegen österreich pakistan peru philippinen polen portugal rumänien russland ' +
    'saudi-arabien schottland schweden schweiz senegal serbien simbabwe singapur slowakei slowenien somalia spanien südafrika sudan ' +
    'syrien tadschikistan taiwan tansania thailand tschechien tunesien türkei turkmenistan uganda ukraine ungarn uruguay usa usbekistan ' +
    'venezuela vietnam weißrussland belarus zypern amerika'
  ).split(' '),
);

/** True when `word` (lower case) names a foreign state. */
export const namesForeignState = (word: string): boolean => STATES.has(word);
