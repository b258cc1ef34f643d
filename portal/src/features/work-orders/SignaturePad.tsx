import { useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Sharp on a 3× phone screen without making the PNG heavy (the core bounds it at 200 KB). */
const MAX_PIXEL_RATIO = 2;
const INK = '#111';

/** White, not transparent: the stored evidence reads the same on any viewer. False without a 2D context. */
function blankCanvas(canvas: HTMLCanvasElement): boolean {
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  return true;
}

/**
 * The customer signs with a finger on the technician's phone. Pointer events cover touch,
 * pen and mouse alike; `touch-action: none` (styles.css) keeps the page from scrolling
 * under the finger. Each finished stroke hands the whole drawing on as a PNG data URL,
 * which the server decodes, stores as evidence and hashes itself.
 */
export function SignaturePad({
  label,
  signed,
  initial,
  onChange,
  invalid,
  describedBy,
}: {
  label: string;
  signed: boolean;
  /** A signature restored from a draft, shown again on the pad (read once, on mount). */
  initial?: string;
  onChange: (dataUrl: string) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const stroke = useRef<number | null>(null);
  const [unsupported, setUnsupported] = useState(false);
  // Mount only: later strokes draw over the restored image, they do not reload it.
  const restored = useRef(initial);

  const context = () => canvasRef.current?.getContext('2d') ?? null;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ratio = Math.min(window.devicePixelRatio || 1, MAX_PIXEL_RATIO);
    const rect = canvas.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0) {
      canvas.width = Math.round(rect.width * ratio);
      canvas.height = Math.round(rect.height * ratio);
    }
    if (!blankCanvas(canvas)) {
      setUnsupported(true);
      return;
    }
    if (!restored.current) return;
    const image = new Image();
    image.onload = () => canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    image.src = restored.current;
  }, []);

  function point(e: ReactPointerEvent<HTMLCanvasElement>) {
    const canvas = e.currentTarget;
    const rect = canvas.getBoundingClientRect();
    const sx = rect.width ? canvas.width / rect.width : 1;
    const sy = rect.height ? canvas.height / rect.height : 1;
    return { x: (e.clientX - rect.left) * sx, y: (e.clientY - rect.top) * sy, scale: sx };
  }

  function down(e: ReactPointerEvent<HTMLCanvasElement>) {
    if (e.pointerType === 'mouse' && e.button !== 0) return;
    const ctx = context();
    if (!ctx || stroke.current !== null) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture?.(e.pointerId);
    stroke.current = e.pointerId;
    const p = point(e);
    ctx.strokeStyle = INK;
    ctx.lineWidth = 2.5 * p.scale;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
    // A tap leaves a dot, as a pen would.
    ctx.lineTo(p.x + 0.01, p.y);
    ctx.stroke();
  }

  function move(e: ReactPointerEvent<HTMLCanvasElement>) {
    const ctx = context();
    if (!ctx || stroke.current !== e.pointerId) return;
    const p = point(e);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
  }

  function up(e: ReactPointerEvent<HTMLCanvasElement>) {
    if (stroke.current !== e.pointerId) return;
    stroke.current = null;
    e.currentTarget.releasePointerCapture?.(e.pointerId);
    onChange(e.currentTarget.toDataURL('image/png'));
  }

  function clear() {
    if (canvasRef.current) blankCanvas(canvasRef.current);
    onChange('');
  }

  if (unsupported) return <p className="alert alert-error">{t('workOrders.signature.unsupported')}</p>;
  return (
    <div className={`signature-pad${invalid ? ' has-error' : ''}`}>
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <div className="signature-bar">
        <span className="muted small" aria-live="polite">
          {signed ? t('workOrders.signature.signed') : t('workOrders.signature.hint')}
        </span>
        <button type="button" className="btn btn-small" onClick={clear} disabled={!signed}>
          {t('workOrders.signature.clear')}
        </button>
      </div>
    </div>
  );
}
