/**
 * The parts a relevance model is stored as, one binary blob each: `kb build` learns the
 * model once and a query process maps it back without training or parsing. The term
 * model's parts are absent when there is no term model. Apart from the model's code
 * (relevanceBlobs), so a thread that only reads the blobs (scopeBlobsWorker) loads no more.
 */
export const RELEVANCE_PARTS = [
  'ids',
  'questionFeatures', 'questionFeatureOffsets', 'postingOffsets', 'postingQuestions', 'postingWeights', 'questionLabels', 'questionTexts', 'questionTextOffsets',
  'termVocabulary', 'termVocabularyOffsets', 'termDf', 'allOffsets', 'allTerms', 'keyOffsets', 'keyTerms',
] as const;
export const TERM_MODEL_PARTS = ['modelFeatures', 'modelFeatureOffsets', 'modelWeights', 'modelBias'] as const;
export type RelevancePart = (typeof RELEVANCE_PARTS)[number] | (typeof TERM_MODEL_PARTS)[number];
