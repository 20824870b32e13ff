/** A ring that fills with `progress` (0 to 1); decorative: the numbers beside it say the same. */
export function ProgressRing({ progress, size = 18 }: { progress: number; size?: number }) {
  const radius = (size - 4) / 2;
  const circumference = 2 * Math.PI * radius;
  return (
    <svg
      className="progress-ring"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
    >
      <circle className="progress-ring-track" cx={size / 2} cy={size / 2} r={radius} />
      <circle
        className={`progress-ring-fill${progress >= 1 ? ' done' : ''}`}
        cx={size / 2}
        cy={size / 2}
        r={radius}
        strokeDasharray={circumference}
        strokeDashoffset={circumference * (1 - progress)}
        transform={`rotate(-90 ${size / 2} ${size / 2})`}
      />
    </svg>
  );
}
