import { useCallback, useEffect, useRef, useState } from 'react';

/** The part of the Shape Detection API the door uses; not in every browser, nor in TypeScript's DOM types. */
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => BarcodeDetectorLike;

const detectorClass = (): DetectorClass | null =>
  (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector ?? null;

/** Whether this browser can read QR codes from the camera (Chrome on Android, Edge; not Safari or Firefox). */
export const canScan = (): boolean =>
  detectorClass() !== null &&
  typeof navigator !== 'undefined' &&
  Boolean(navigator.mediaDevices?.getUserMedia);

const SCAN_EVERY_MS = 250;
/** The same code seen again within this time is the same worker still holding up the phone. */
const SAME_CODE_MS = 4000;

/**
 * The rear camera into a video element and a QR code read from it a few times a second; each new code is
 * handed to `onCode` once. The camera is released when scanning stops or the component goes.
 */
export function useScanner(onCode: (text: string) => void) {
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const timerRef = useRef<ReturnType<typeof setInterval> | null>(null);
  const lastRef = useRef<{ text: string; at: number } | null>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  const [scanning, setScanning] = useState(false);
  const [failed, setFailed] = useState(false);

  const stop = useCallback(() => {
    if (timerRef.current) clearInterval(timerRef.current);
    timerRef.current = null;
    for (const track of streamRef.current?.getTracks() ?? []) track.stop();
    streamRef.current = null;
    setScanning(false);
  }, []);

  const start = useCallback(async () => {
    const Detector = detectorClass();
    if (!Detector) return;
    setFailed(false);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      streamRef.current = stream;
      setScanning(true);
      const detector = new Detector({ formats: ['qr_code'] });
      let busy = false;
      timerRef.current = setInterval(async () => {
        const video = videoRef.current;
        if (!video || busy || video.readyState < 2) return;
        busy = true;
        try {
          const [found] = await detector.detect(video);
          const now = Date.now();
          const last = lastRef.current;
          if (found?.rawValue && !(last && last.text === found.rawValue && now - last.at < SAME_CODE_MS)) {
            lastRef.current = { text: found.rawValue, at: now };
            onCodeRef.current(found.rawValue);
          }
        } catch {
          // A frame that could not be read; the next one will be.
        } finally {
          busy = false;
        }
      }, SCAN_EVERY_MS);
    } catch {
      setFailed(true);
      stop();
    }
  }, [stop]);

  // The stream reaches the video once it is on the page.
  useEffect(() => {
    if (scanning && videoRef.current && streamRef.current) {
      videoRef.current.srcObject = streamRef.current;
      void videoRef.current.play().catch(() => undefined);
    }
  }, [scanning]);

  useEffect(() => stop, [stop]);

  return { videoRef, scanning, failed, start, stop };
}
