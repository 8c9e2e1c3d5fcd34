// Draws the dashboard's charts from the JSON beside them; every chart has a data table on the page (the charts are
// hidden from screen readers). Chart.js is vendored (lib/chartjs) and loaded before this module.
const data = JSON.parse(document.getElementById('report-data')?.textContent ?? '{}');
const Chart = window.Chart;
if (Chart && data.months) {
  const months = document.getElementById('chart-months');
  if (months) {
    new Chart(months, {
      type: 'bar',
      data: {
        labels: data.months,
        datasets: [
          { label: 'Записи', data: data.enrolments, backgroundColor: '#1f5fa8' },
          { label: 'Завершення', data: data.completions, backgroundColor: '#2e7d32' },
          { label: 'Вебінари', data: data.attendances, backgroundColor: '#b26a00' },
        ],
      },
      options: { responsive: true, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }
  const attestation = document.getElementById('chart-attestation');
  if (attestation) {
    new Chart(attestation, {
      type: 'bar',
      data: {
        labels: ['Відповідає', 'За умови', 'Не відповідає'],
        datasets: [{ label: 'Рішення', data: data.attestation, backgroundColor: ['#2e7d32', '#b26a00', '#b00020'] }],
      },
      options: { indexAxis: 'y', responsive: true, animation: false, plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }
}
