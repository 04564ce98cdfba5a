/** The fields of the entity editor an error can be shown next to. */
export type EntityField = 'type' | 'name' | 'aliases' | 'description';

/**
 * The editor field a store error is about, so it can be shown next to that field; undefined
 * when the message names none (it is then shown by the Save button). The store names fields as
 * the layer's validation does, `the name (name) must not be empty`, so the field in brackets
 * decides; a message without one is matched on the words it uses.
 */
export function entityErrorField(message: string): EntityField | undefined {
  const named = /\((type|name|aliases|description)\)/u.exec(message)?.[1];
  if (named) return named as EntityField;
  if (/\balias/iu.test(message)) return 'aliases';
  if (/\bdescription\b/iu.test(message)) return 'description';
  if (/\btype\b/iu.test(message)) return 'type';
  if (/\bname\b/iu.test(message)) return 'name';
  return undefined;
}
