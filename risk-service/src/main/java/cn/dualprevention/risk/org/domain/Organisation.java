package cn.dualprevention.risk.org.domain;

import cn.dualprevention.platform.events.NewEvent;

import java.util.List;
import java.util.Optional;

/** Where the organisation of enterprises is kept. */
public interface Organisation {

    void add(OrgUnit unit);

    void add(Post post);

    void add(Person person, List<NewEvent> events);

    void change(Person person, List<NewEvent> events);

    Optional<OrgUnit> unit(String id);

    Optional<Post> post(String id);

    Optional<Person> person(String id);

    List<OrgUnit> unitsOf(String enterpriseId);

    List<Post> postsOf(String enterpriseId);

    List<Person> peopleOf(String enterpriseId);
}
