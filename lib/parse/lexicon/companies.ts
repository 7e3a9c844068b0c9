/** The legal forms a company's name may end with after a comma: "Gamma Tools, Inc.", "Delta Labs, L.P.". */
export const LEGAL_FORM_AFTER_COMMA = String.raw`(?:Inc|LLC|Ltd|L\.P|Co|Corp|S\.A|N\.V|plc|AG)\b\.?`;
