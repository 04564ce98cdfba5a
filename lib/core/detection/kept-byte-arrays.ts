/**
 * Zeroed byte arrays as long as a text, kept from one detection to the next and handed out again
 * after {@link KeptByteArrays.reset}. Why: the detector marks offsets (covered characters, place
 * edges) in arrays as long as the page, and a fresh typed array pays for the first touch of its
 * memory — six fresh arrays over a 1 MB page cost 6–8 ms, six kept ones cleared again ~1 ms.
 * Arrays longer than {@link MAX_KEPT_LENGTH} are made fresh and not kept, so a huge page does not
 * leave megabytes behind.
 *
 * @example
 * const kept = new KeptByteArrays();
 * kept.reset();
 * const marks = kept.take(5); // Uint8Array [0, 0, 0, 0, 0], valid until the next reset()
 */
export class KeptByteArrays {
  private readonly arrays: Uint8Array[] = [];
  private used = 0;

  /** Makes every kept array available again; arrays taken before are no longer the caller's. */
  reset(): void {
    this.used = 0;
  }

  /** A zeroed array of `length` bytes, the caller's until the next {@link reset}. */
  take(length: number): Uint8Array {
    if (length > MAX_KEPT_LENGTH) return new Uint8Array(length);
    let array = this.arrays[this.used];
    if (array === undefined || array.length < length) {
      // Grown with room to spare, so pages of similar length reuse the same arrays.
      array = new Uint8Array(Math.min(MAX_KEPT_LENGTH, Math.max(length, 2 * (array?.length ?? 0), 4096)));
      this.arrays[this.used] = array;
    } else {
      array.fill(0, 0, length);
    }
    this.used++;
    return array.subarray(0, length);
  }
}

/** The longest array kept between detections (1M bytes: a page of about 3 MB of UTF-8 text). */
export const MAX_KEPT_LENGTH = 1 << 20;
