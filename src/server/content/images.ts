import { checkImage, imageLimits } from '../../core/content/images';
import { AppError } from '../../core/errors';
import { recordAudit } from '../audit/record';
import type { Db } from '../db/client';
import type { RequestContext } from '../http/request-context';
import { libraryOf } from './library-access';
import { findImage, insertImage } from './media-repository';
import { imageUrl } from './presenters';

const MiB = 1024 * 1024;

/** An editor uploads a picture for a cover or a body: checked from its bytes, then kept in the database. */
export async function uploadImage(db: Db, ctx: RequestContext, bytes: Uint8Array, declaredType: string) {
  const tenantId = await libraryOf(db, ctx, 'content.edit');
  const check = checkImage(bytes, declaredType);
  if (!check.ok) {
    if (check.reason === 'too_large')
      throw new AppError(
        'image_too_large',
        `图片不能超过 ${imageLimits.maxBytes / MiB} MB (image too large)`,
      );
    if (check.reason === 'too_many_pixels')
      throw new AppError(
        'image_too_large',
        `图片的宽和高都不能超过 ${imageLimits.maxSide} 像素 (at most ${imageLimits.maxSide} pixels a side)`,
      );
    throw new AppError('unsupported_image', '只能上传 PNG、JPEG 或 WebP 图片 (PNG, JPEG or WebP only)', {
      reason: check.reason,
    });
  }
  const row = await db.transaction(async (tx) => {
    const image = await insertImage(tx, {
      tenantId,
      mimeType: check.info.type,
      width: check.info.width,
      height: check.info.height,
      byteSize: bytes.length,
      data: bytes,
      uploadedBy: ctx.actorId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      tenantId,
      action: 'content.image_upload',
      objectType: 'content_image',
      objectId: image.id,
      details: { type: check.info.type, bytes: bytes.length },
    });
    return image;
  });
  return { id: row.id, url: imageUrl(row.id), width: row.width, height: row.height, bytes: row.byteSize };
}

export async function readImage(db: Db, id: string) {
  const row = await findImage(db, id);
  if (!row) throw new AppError('not_found', '图片不存在 (image not found)');
  return { type: row.mimeType, data: Buffer.from(row.data) };
}

/** Reads a raw upload, refusing it as soon as it passes the limit (so a huge body is never held in memory). */
export function collectUpload(
  stream: NodeJS.ReadableStream,
  done: (err: Error | null, body?: Buffer) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (err: Error | null, body?: Buffer) => {
    if (finished) return;
    finished = true;
    done(err, body);
  };
  stream.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > imageLimits.maxBytes) {
      stream.removeAllListeners('data');
      stream.resume();
      finish(
        new AppError('image_too_large', `图片不能超过 ${imageLimits.maxBytes / MiB} MB (image too large)`),
      );
      return;
    }
    chunks.push(chunk);
  });
  stream.on('end', () => finish(null, Buffer.concat(chunks)));
  stream.on('error', (err: Error) => finish(err));
}
