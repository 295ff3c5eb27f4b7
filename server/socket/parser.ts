import { Decoder, Encoder } from 'socket.io-parser';
import { exceedsJsonDepth } from '../http/json-depth';

/**
 * socket.io's own parser, but a text packet that nests deeper than any event of the app is refused before
 * JSON.parse (see http/json-depth.ts); socket.io closes the connection that sent it, as for any malformed packet.
 */
class DepthLimitedDecoder extends Decoder {
  override add(obj: unknown): void {
    if (typeof obj === 'string' && exceedsJsonDepth(obj)) throw new Error('socket packet nested too deeply');
    super.add(obj);
  }
}

export const depthLimitedParser = { Encoder, Decoder: DepthLimitedDecoder };
