/** "Now" for generated data unless a caller picks another: fixed, so a seed always gives the same dataset. */
export const DATASET_EPOCH = new Date('2025-06-01T00:00:00.000Z');
