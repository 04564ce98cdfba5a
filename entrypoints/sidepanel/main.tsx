import { render } from 'preact';
import { SidePanel } from '../../components/SidePanel';
import '../../components/extension-page.css';
import '../../entrypoints/content/panel.css';
import './side-panel.css';

document.documentElement.lang = navigator.language;
render(<SidePanel />, document.getElementById('app')!);
