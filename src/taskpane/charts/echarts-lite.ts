import { BarChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the three bar charts use, so the lazy chunk stays small.
echarts.use([BarChart, GridComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

export { echarts };
