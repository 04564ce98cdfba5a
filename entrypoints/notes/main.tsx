import { render } from 'preact';
import { NotesLibrary } from '../../components/NotesLibrary';
import '../../components/extension-page.css';

render(<NotesLibrary />, document.getElementById('app')!);
