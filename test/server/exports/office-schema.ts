import validateOfficeFile, { type ValidationResult } from '@ooxml-tools/validate';

/**
 * Microsoft's Open XML SDK validator (compiled to WebAssembly): every part against the ECMA-376 schemas and the
 * SDK's semantic constraints, as Word itself applies them. An empty list means Word opens the file without repairs.
 */
export async function officeSchemaErrors(bytes: Uint8Array): Promise<string[]> {
  const results: ValidationResult[] = await validateOfficeFile(bytes, 'docx', 'Microsoft365');
  return results.map((result) => `${result.path.partUri} ${result.path.xpath}: ${result.description}`);
}
