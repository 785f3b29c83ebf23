// zfxxgk/pdf: replaced by the PDF helper.
export {};
