// Queue constants the CLI needs without loading BullMQ.
export const DEFAULT_QUEUE_NAME = 'corroborate-articles';
