/**
 * The message of anything thrown or rejected, for showing to the user.
 *
 * @example errorText(new Error('找不到文件')) // "找不到文件"
 */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
