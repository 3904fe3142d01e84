/** The simulated WPS 文字 (filled in with the export to WPS 文字). */
export class SimWriterApplication {}
