// The paper rules live in domain/council; this name stays for the API's secret-ballot import.
export { checkPaper, expectedNominees } from '../../domain/council/ballotRules';
