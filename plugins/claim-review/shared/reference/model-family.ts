/**
 * A part has no model relation in the catalogue: its number starts with the model
 * family (DZ-… for DZ150, WG-… for 1WG40, TS-… for TS254, EV-… for EV300), the letters
 * of the model code. This is the rule the parts seed documents and people use; a
 * model whose family has no part gets the whole catalogue (dealer-reference service).
 */
export function modelFamily(modelCode: string): string {
  return modelCode.replace(/[^A-Za-z]/g, '').toUpperCase();
}

export function isFamilyPart(partNumber: string, modelCode: string): boolean {
  const family = modelFamily(modelCode);
  return family.length > 0 && partNumber.toUpperCase().startsWith(`${family}-`);
}
