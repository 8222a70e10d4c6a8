/**
 * A tooltip entry whose title follows the report's language. Vega-Lite titles an entry with
 * its field name when it has no title, so the title is written only where it differs: the
 * frontier's `cost` entry reads "cost" in English (no title needed) and "成本" in Chinese.
 */

/** A tooltip entry on `field`, titled `title` unless that is the field's own name. */
export function tooltipField(field: string, title: string, format?: string): { field: string; title?: string; format?: string } {
  return { field, ...(title === field ? {} : { title }), ...(format === undefined ? {} : { format }) };
}
