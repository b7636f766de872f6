/**
 * The one list of the form fields a leaflet PDF carries: their names (stable, the same in every
 * language, so a clinic's software can read a filled form), their kinds, and how a print template
 * marks a blank for the PDF post-processing (pdf-form.ts). The templates put a marker on every blank
 * they print, the post-processing turns each marker into a widget, and the tests list the fields by
 * the same names. Pure.
 */

export type FormFieldKind = 'text' | 'multiline' | 'checkbox' | 'radio' | 'signature';

/** Fields with a fixed name, and their kind. */
export const fixedFormFields = {
	'patient.name': 'text',
	'patient.birthDate': 'text',
	'patient.number': 'text',
	'consultation.date': 'text',
	'consultation.startTime': 'text',
	'consultation.duration': 'text',
	'consultation.physician': 'text',
	'treatment.product': 'text',
	'treatment.dose': 'text',
	'treatment.area': 'text',
	'treatment.sessions': 'text',
	'treatment.bodyWeight': 'text',
	'treatment.date': 'text',
	'offLabel.product': 'text',
	'offLabel.batch': 'text',
	'cost.estimate': 'text',
	'aftercare.nextAppointment': 'text',
	'notes.patient': 'multiline',
	'notes.individualRisks': 'multiline',
	'notes.questionsAnswers': 'multiline',
	'notes.physician': 'multiline',
	'physician.ableToConsent': 'checkbox',
	'declaration.offLabel': 'checkbox',
	'declaration.selfPay': 'checkbox',
	photos: 'radio',
	decision: 'radio',
	'interpreter.name': 'text',
	'interpreter.language': 'text',
	'placeDate.patient': 'text',
	'placeDate.guardian.1': 'text',
	'placeDate.guardian.2': 'text',
	'placeDate.physician': 'text',
	'signature.patient': 'signature',
	'signature.guardian.1': 'signature',
	'signature.guardian.2': 'signature',
	'signature.interpreter': 'signature',
	'signature.physician': 'signature',
} as const satisfies Record<string, FormFieldKind>;

export type FixedFormFieldName = keyof typeof fixedFormFields;

const two = (n: number) => String(n).padStart(2, '0');
/** The n-th health question (0-based index): a yes/no radio group. */
export const questionField = (index: number) => `question.${two(index + 1)}`;
/** The n-th declaration of the declaration part: a checkbox. */
export const declarationField = (index: number) => `declaration.${two(index + 1)}`;
/** The n-th undertaking: a checkbox. */
export const undertakingField = (index: number) => `undertaking.${two(index + 1)}`;

/** The export values of each radio group: one per printed box, in the order printed. */
export const radioValues = (name: string): readonly string[] | undefined =>
	name === 'decision' ? ['consent', 'refusal'] : name === 'photos' || /^question\.\d{2}$/.test(name) ? ['yes', 'no'] : undefined;

/** The kind of a field name, or undefined for a name that is no field of this list. */
export function formFieldKind(name: string): FormFieldKind | undefined {
	if (Object.hasOwn(fixedFormFields, name)) return fixedFormFields[name as FixedFormFieldName];
	if (/^question\.\d{2}$/.test(name)) return 'radio';
	if (/^(declaration|undertaking)\.\d{2}$/.test(name)) return 'checkbox';
	return undefined;
}

/** A signature row's fields (place and date, signature) for whose signature it is. */
export const signatureFields = {
	patient: ['placeDate.patient', 'signature.patient'],
	guardian1: ['placeDate.guardian.1', 'signature.guardian.1'],
	guardian2: ['placeDate.guardian.2', 'signature.guardian.2'],
	physician: ['placeDate.physician', 'signature.physician'],
} as const satisfies Record<string, readonly [FixedFormFieldName, FixedFormFieldName]>;

/**
 * The patient's name and date of birth are printed again in the running footer of every consent page
 * (a margin box: text only, so no marker can be placed there; see pdf-footer-blanks.ts). Their footer
 * widgets join the fields of these names.
 */
export const footerFields = ['patient.name', 'patient.birthDate'] as const;

// `~` is a regular character in HTML ids and PDF names alike (no escaping on either side), and no field
// name holds it.
const MARKER_PREFIX = 'form~';

/**
 * The id of a blank's marker: `form~<field>` or, for one box of a radio group, `form~<field>~<value>`.
 * The marker is a link to itself (Chromium writes a link annotation only for a link whose target
 * exists), so Chromium's PDF has a /Link with the blank's rectangle and this name as its /Dest.
 */
export function formMarkerId(name: string, value?: string): string {
	const kind = formFieldKind(name);
	if (!kind) throw new Error(`Internal error: "${name}" is no form field of form-fields.ts.`);
	const values = radioValues(name);
	if ((kind === 'radio') !== (value !== undefined) || (values && !values.includes(value!)))
		throw new Error(`Internal error: form field "${name}" marked with value "${value}".`);
	return `${MARKER_PREFIX}${name}${value === undefined ? '' : `~${value}`}`;
}

/** The field (and radio value) a marker id names, or undefined for any other id or destination. */
export function parseFormMarkerId(id: string): { name: string; kind: FormFieldKind; value?: string } | undefined {
	if (!id.startsWith(MARKER_PREFIX)) return undefined;
	const [name, value, ...rest] = id.slice(MARKER_PREFIX.length).split('~');
	const kind = name === undefined ? undefined : formFieldKind(name);
	if (!kind || rest.length > 0 || (kind === 'radio') !== (value !== undefined)) return undefined;
	if (value !== undefined && !radioValues(name!)?.includes(value)) return undefined;
	return { name: name!, kind, ...(value === undefined ? {} : { value }) };
}
