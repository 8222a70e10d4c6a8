/**
 * Table column headers in the language in use. A column's `header` is its identity (tables
 * pick and order columns by it, CSV files keep it in English); renderings for readers show
 * this text instead.
 *
 * "95% CI" reads "95% 置信区间" and "verdict" "判定" in a Chinese report; a header with no
 * message (a model's name as a column) is shown as written.
 */
import { textOr } from "./translate.js";

/** The header a reader sees for a column identified by `header`. */
export function headerText(header: string): string {
  return textOr(`column.${header}`, header);
}
