/** The widths the share dialog previews an embed at, in CSS px. */
export const PREVIEW_WIDTHS = { phone: 375, tablet: 768, desktop: 1024 } as const;
export type PreviewWidth = keyof typeof PREVIEW_WIDTHS;
