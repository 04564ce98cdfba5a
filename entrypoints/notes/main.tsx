import { render } from 'preact';
import { NotesLibrary } from '../../components/NotesLibrary';
import '../../components/extension-page.css';
import '../../components/library/library.css';

render(<NotesLibrary />, document.getElementById('app')!);
