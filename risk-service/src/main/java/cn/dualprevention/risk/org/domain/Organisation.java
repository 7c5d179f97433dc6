package cn.dualprevention.risk.org.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.util.List;
import java.util.Optional;

/** Where the organisation of enterprises is kept (every change with the events announcing it, one write). */
public interface Organisation {

    void add(OrgUnit unit, List<NewEvent> events);

    void change(OrgUnit unit, List<NewEvent> events);

    void add(Post post, List<NewEvent> events);

    void change(Post post, List<NewEvent> events);

    void add(Person person, List<NewEvent> events);

    void change(Person person, List<NewEvent> events);

    Optional<OrgUnit> unit(String id);

    Optional<Post> post(String id);

    Optional<Person> person(String id);

    /** Live plants, areas and departments of an enterprise. */
    List<OrgUnit> unitsOf(String enterpriseId);

    /** Live posts of an enterprise. */
    List<Post> postsOf(String enterpriseId);

    /** Live people of an enterprise. */
    List<Person> peopleOf(String enterpriseId);
}
