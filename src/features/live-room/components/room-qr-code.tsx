import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

export interface RoomQrCodeProps {
  url: string;
  label: string;
}

/** The join link as a QR code, drawn as SVG so it stays sharp on any projector. */
export function RoomQrCode({ url, label }: RoomQrCodeProps) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (svg) => live && setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <div className="live-room-qr">
      {source ? <img src={source} alt={label} data-url={url} /> : null}
    </div>
  );
}
