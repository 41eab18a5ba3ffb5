import { InputError } from '../errors.js';

/**
 * Parses a user-supplied CSV of design points: a header of parameter names, then one
 * row per point. Quoted fields and CRLF are accepted. Values stay text here; the
 * experiment validator checks and converts them against the declarations.
 */
export function parseCsv(text: string, where: string): { header: string[]; rows: string[][] } {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  // A record made of one quoted empty field ("") is a row, not a blank line.
  let sawQuote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') (quoted = true), (sawQuote = true);
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      field = '';
      if (record.length > 1 || record[0] !== '' || sawQuote) records.push(record);
      record = [];
      sawQuote = false;
    } else field += c;
  }
  if (quoted) throw new InputError(where, 'CSV with closed quotes');
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  if (records.length < 2) throw new InputError(where, 'a CSV with a header row and at least one data row');
  const header = records[0].map((h) => h.trim());
  records.slice(1).forEach((r, k) => {
    if (r.length !== header.length) throw new InputError(`${where} row ${k + 2}`, `${header.length} fields like the header`, r.length);
  });
  return { header, rows: records.slice(1) };
}
