import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { awarenessFrame, frame, messageTypes, syncFrame, syncSubtypes } from './protocol-frames';
import { concatenatedUpdateArbitrary, mutatedUpdateArbitrary, validUpdateArbitrary } from './update-arbitraries';

export interface LabelledFrame {
  label: string;
  bytes: Uint8Array;
}

function awarenessUpdate(state: Record<string, unknown>): Uint8Array {
  const document = new Y.Doc();
  const awareness = new Awareness(document);
  awareness.setLocalState(state);
  const update = encodeAwarenessUpdate(awareness, [document.clientID]);
  awareness.destroy();
  document.destroy();
  return update;
}

const updateSubtype = fc.constantFrom(syncSubtypes.update, syncSubtypes.stepTwo);
const syncType = fc.constantFrom(messageTypes.sync, messageTypes.syncReply);

/** Frames an authenticated writer might send for its own document: well-formed ones and every kind of broken one. */
export function authenticatedFrameArbitrary(documentName: string): fc.Arbitrary<LabelledFrame> {
  const sync = (type: number, subtype: number, payload: Uint8Array): Uint8Array =>
    type === messageTypes.sync
      ? syncFrame(documentName, subtype, payload)
      : frame(documentName, (encoder) => {
          encoding.writeVarUint(encoder, type);
          encoding.writeVarUint(encoder, subtype);
          encoding.writeVarUint8Array(encoder, payload);
        });
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(syncType, updateSubtype, mutatedUpdateArbitrary()).map(([type, subtype, payload]) => ({ label: 'mutated update', bytes: sync(type, subtype, payload) })) },
    { weight: 1, arbitrary: fc.tuple(updateSubtype, concatenatedUpdateArbitrary()).map(([subtype, payload]) => ({ label: 'concatenated update', bytes: sync(messageTypes.sync, subtype, payload) })) },
    { weight: 1, arbitrary: fc.tuple(updateSubtype, fc.uint8Array({ maxLength: 64 })).map(([subtype, payload]) => ({ label: 'random update bytes', bytes: sync(messageTypes.sync, subtype, payload) })) },
    { weight: 1, arbitrary: fc.tuple(updateSubtype, validUpdateArbitrary()).map(([subtype, payload]) => ({ label: 'well-formed update', bytes: sync(messageTypes.sync, subtype, payload) })) },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 3, max: 400 }), fc.uint8Array({ maxLength: 16 })).map(([subtype, payload]) => ({ label: 'unknown sync subtype', bytes: sync(messageTypes.sync, subtype, payload) })) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 24 }).map((payload) => ({ label: 'malformed state vector', bytes: sync(messageTypes.sync, syncSubtypes.stepOne, payload) })) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.oneof(fc.constant(messageTypes.broadcastStateless), fc.constant(messageTypes.syncStatus), fc.integer({ min: 9, max: 100_000 })), fc.uint8Array({ maxLength: 24 })).map(([type, tail]) => ({
        label: 'unknown message type',
        bytes: frame(documentName, (encoder) => {
          encoding.writeVarUint(encoder, type);
          encoding.writeUint8Array(encoder, tail);
        }),
      })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 })), fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 3 }))
        .map(([state, changes]) => {
          const update = awarenessUpdate(state);
          for (const { at, value } of changes) if (update.length > 0) update[at % update.length] = value;
          return { label: 'awareness update', bytes: awarenessFrame(documentName, update) };
        }),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 32 }).map((payload) => ({ label: 'random awareness bytes', bytes: awarenessFrame(documentName, payload) })) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(messageTypes.stateless, messageTypes.auth), fc.uint8Array({ maxLength: 16 })).map(([type, tail]) => ({
        label: type === messageTypes.stateless ? 'malformed stateless message' : 'authentication after authentication',
        bytes: frame(documentName, (encoder) => {
          encoding.writeVarUint(encoder, type);
          encoding.writeUint8Array(encoder, tail);
        }),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(validUpdateArbitrary(), fc.nat()).map(([payload, cut]) => {
        const whole = syncFrame(documentName, syncSubtypes.update, payload);
        const documentPrefix = documentName.length + 1;
        return { label: 'truncated frame', bytes: whole.slice(0, documentPrefix + (cut % (whole.length - documentPrefix))) };
      }),
    },
  );
}
