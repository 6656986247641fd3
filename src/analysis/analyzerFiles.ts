import { EnglishDictionary } from './englishDictionary.js';
import { readDictionaryAhead } from './segmenter.js';

/**
 * Starts reading, on libuv's threads, the files an Analyzer reads when it is made (jieba's
 * dictionary, 2 MB) and on its first English query (the speller's word list, 2.8 MB);
 * settles once both reads have ended, read or not (whoever needs a file that was not read
 * reads it then, and meets its error). A server's start opens its index, and so makes its
 * analyzer and warms it, once they are read: read on the main thread, each took about
 * 10 ms, most of it page faults, and a read started in the background ends only when the
 * event loop turns, which a start's synchronous work does not let it do.
 */
export async function readAnalyzerFilesAhead(): Promise<void> {
  await Promise.all([readDictionaryAhead(), EnglishDictionary.load().read]);
}
