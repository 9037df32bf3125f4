/** A signed award decision's number, e.g. `12/QĐ-BDTTG` (sequence 12 of its year). */
export interface IssuedDecision {
  number: string;
  sequence: number;
  symbol: string;
  year: number;
}
